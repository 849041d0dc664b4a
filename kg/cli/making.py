"""Commands that read articles: `kg build`, `kg read` and `kg eval`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from kg.cli.base import DEFAULT_OUT, EXIT_PARTIAL, Bar, main
from kg.errors import KgError


def _scheduler_address(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A Dask scheduler's address as `dask scheduler` prints it (tcp://HOST:PORT)."""
    if value is None:
        return None
    scheme, _, rest = value.partition("://")
    host, _, port = (rest if rest else value).rpartition(":")
    if not host or not port.isdigit() or (rest and scheme not in ("tcp", "tls")):
        raise click.BadParameter(f"{value!r} is not a scheduler address; give it as `dask scheduler` "
                                 "prints it, e.g. tcp://10.0.0.5:8786")
    return value if rest else f"tcp://{value}"



@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Folder for the store, graph.html, report.json (and graph files).")
@click.option("--jobs", "-j", type=int, default=0,
              help="Processes for extraction (default: all cores).")
@click.option("--no-view", is_flag=True, help="Skip the HTML view.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Keep the Oxigraph store in this folder instead of OUT/store.")
@click.option("--graph-files", type=click.Choice(["auto", "yes", "no"]), default="auto",
              show_default=True,
              help="Also write OUT/graph.trig and OUT/graph.ttl: auto writes them for up to "
                   "1,000 articles (`kg export` writes them from the store at any time).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", callback=_scheduler_address,
              help="Extract the articles on this Dask scheduler's workers (pip install 'vnkg[cluster]' "
                   "on every machine); the result is the same as a local build's.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
def build(paths: tuple[Path, ...], out_dir: Path, jobs: int, no_view: bool, store_dir: Path | None,
          graph_files: Any, scheduler: str | None, quiet: bool) -> None:
    """Build the graph of the articles in PATHS (.txt and .html files or folders).

    Writes OUT/store, an Oxigraph store that every read command (query, top, path,
    view, export, validate, serve) opens in a moment, with one named graph per
    article plus the analysis; a rebuild replaces only the graphs of changed
    articles.  Also OUT/graph.html (the interactive view), OUT/report.json and,
    for up to 1,000 articles or with --graph-files yes, OUT/graph.trig and
    OUT/graph.ttl (all statements).  Exits 0 when every article was built, 3 when
    some were skipped (the report says why), 1 when nothing could be built.

    \b
    Example:
      kg build data/ --out out
      kg build corpus/ --out out --jobs 2 --graph-files no
    """
    from kg.outputs import build_outputs
    from kg.pipeline import default_jobs

    bar = Bar("article", quiet)

    def stage(message: str) -> None:
        bar.close()
        if bar.shown:  # a corpus worth a progress bar is worth telling each later stage
            click.echo(f"{message} ...", err=True)

    try:
        report = build_outputs(paths, out_dir, jobs=jobs or default_jobs(), view=not no_view,
                               progress=bar, store_dir=store_dir, stage=stage,
                               graph_files=graph_files, scheduler=scheduler)
    except OSError as e:
        if e.filename is None:
            e.filename = f"the build in {out_dir} did not finish"
        raise
    bar.close()
    if not quiet:
        for note in report.notes:
            click.echo(f"note: {note}", err=True)
        click.echo(report.text())
    if report.articles == 0:
        raise KgError("no article could be built; see the reasons above")
    if report.skipped:
        sys.exit(EXIT_PARTIAL)


@main.command("read")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def read_cmd(file: Path, fmt: str) -> None:
    """Show an article as kg reads it: title, date-time, author, source and text.

    FILE is a .txt article or a saved web page (.html); for a page, only the article
    body is kept (no menus, related news or footers), and the source is the site's
    name and the page's canonical address where the page gives them.

    \b
    Example:
      kg read data/dev/lam-dong-ban-to-chuc-huan-chuong.html
      kg read saved-page.html --format json
    """
    from kg.ingest import read

    reading = read(file)
    click.echo(format_reading(reading, fmt))


def format_reading(reading: Any, fmt: str) -> str:
    """A ``kg.ingest.Reading`` as `kg read` prints it."""
    a = reading.article
    fields = {"title": a.title, "published": a.published, "author": a.author, "views": a.views,
              "site": reading.site, "url": reading.url, "file": a.source,
              "read_with": reading.method, "characters": len(a.text)}
    if fmt == "json":
        return json.dumps({**fields, "text": a.text}, ensure_ascii=False, indent=2)
    lines = [f"{name + ':':<11} {value}" for name, value in fields.items() if value is not None]
    return "\n".join([*lines, "", a.text])



@main.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--texts", "texts_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Where the articles are, when the gold files sit apart from them (a real "
                   "corpus whose texts are not ours to ship); each text's sha256 is checked.")
@click.option("--against", "other_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score another annotator's gold files instead of kg's output: the agreement "
                   "between two annotations of the same articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List misses and false hits per file.")
def eval_(directory: Path, texts_dir: Path | None, other_dir: Path | None, as_json: bool,
          verbose: bool) -> None:
    """Build the articles in DIRECTORY and score them against NAME.gold.json beside them.

    Precision, recall and F1, micro-averaged, for entities and relations, overall
    and per type and predicate, as docs/gold-format.md defines them.

    \b
    Example:
      kg eval data/
      kg eval data/dev --verbose
      kg eval tests/real --texts ~/.cache/vnkg/real
      kg eval tests/real/second --against tests/real
    """
    from kg.evaluate import article_annotations, find_texts, format_report, load_gold_dir, score

    gold = load_gold_dir(directory)
    if other_dir is not None:
        other = load_gold_dir(other_dir)
        shared = {a: g for a, g in gold.items() if a in other}
        if not shared:
            raise KgError(f"{other_dir} annotates none of the articles of {directory}")
        click.echo(f"agreement on {len(shared)} articles: {other_dir} scored against {directory}", err=True)
        report = score(other, shared)
    else:
        from kg.pipeline import build

        sources: list[Path] = [directory]
        if texts_dir is not None:
            lookup = find_texts(gold, texts_dir)
            click.echo(lookup.summary(texts_dir), err=True)
            if not lookup.found:
                raise KgError(f"none of the texts of {directory} is in {texts_dir}: "
                              "re-create them as the README beside the gold files says")
            gold = {a: gold[a] for a in lookup.found}
            sources = sorted(lookup.found.values())
        result = build(sources)
        for skipped in result.skipped:  # scored as all misses: say why, or a rule's crash looks like a bad score
            click.echo(f"skipped {skipped.source}: {skipped.reason}", err=True)
        report = score(article_annotations(result.kb), gold)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, verbose=verbose))
