"""Benchmarks: synthetic articles, extraction, build and SPARQL timings."""
