"""Storing and serving the graph, one module per concern.

=============  ================================================================
graphfiles     the RDF formats kg reads and writes; the files and N-Quads shards a
               build writes
oxigraph       the Oxigraph store on disk: kept up to date by a build, found and
               opened by the read commands
sparql         what a query text asks for, read before parsing (updates, SERVICE)
query          SPARQL on the store or an rdflib dataset, under a time-out
results        query results and the one writer of their formats (JSON, XML, CSV,
               TSV, and ``kg query``'s table)
endpoint       one query answered as the SPARQL protocol asks (the serve workers)
runner         the serve workers: processes under a deadline and a row limit
serve          ``kg serve``'s HTTP side
push           ``kg push``: a build's graphs into another SPARQL server
=============  ================================================================

Nothing is imported here: modules are imported by name (``from kg.store.oxigraph
import OxigraphStore``), so that the endpoint's workers load only the light ones.
The click commands are in :mod:`kg.cli.serving` and :mod:`kg.cli.reading`.
"""
