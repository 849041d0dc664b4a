#!/bin/sh
# A git worktree for tuning kg without the unread blind batches in it:
#
#     bench/tuning_worktree.sh BRANCH "l m n"
#
# makes /work/wt/BRANCH (or $KG_WORKTREES/BRANCH) on a new branch BRANCH from main, checked
# out without tests/realistic-blind/*-L for each judging letter L.  A batch that judges the
# rules must stay unread, and a wide glob (tests/realistic-blind/*/*.txt) opens it by
# accident; in this worktree it is not there to open, and `python -m bench.blind` cannot
# score it.  Commits from the worktree leave the judges' files untouched on merge.
set -eu
branch=${1:?usage: tuning_worktree.sh BRANCH "JUDGE LETTERS"}
judges=${2:?usage: tuning_worktree.sh BRANCH "JUDGE LETTERS", e.g. "l m n"}
root=${KG_WORKTREES:-/work/wt}/$branch
git worktree add --no-checkout "$root" -b "$branch" main
cd "$root"
{
    echo '/*'
    for letter in $judges; do echo "!/tests/realistic-blind/*-$letter/"; done
} | git sparse-checkout set --no-cone --stdin
git checkout -q "$branch"
echo "worktree $root on $branch, without the blind batches $judges"
