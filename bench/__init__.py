"""``make bench``: extraction speed, extractor memory and per-claim check time against a growing store.

Every figure is compared with a baseline measured in the same run (never with a wall-clock limit), so the
ratios hold on any machine. Kept import-free so ``python -m bench.memory`` children stay lean.
"""
