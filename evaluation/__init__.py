"""Quality measurements over the corpus kit: ``python -m evaluation [corpus_dir]`` (``make eval``)."""
