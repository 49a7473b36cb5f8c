"""Stages an article goes through before it is stored, in order.

``article`` (and ``html``) read text and metadata; ``kb.extract`` finds the claims (``record``); ``to_rdf``
builds the article graph (``from_rdf`` reads curated Turtle/JSON-LD back into records); ``gate`` validates it
with SHACL (``gate_speedups`` keeps the pySHACL patches apart); ``quarantine`` keeps what fails with its report;
``batch`` prepares many inputs in worker processes.  Only ``kb.service`` writes what comes out of here.
"""
