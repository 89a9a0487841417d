"""Run the whole claimcheck suite locally: embedded Redis, extractor, gateway, checker."""
