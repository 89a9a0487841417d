"""The claimcheck services: extractor, checker and the API gateway."""
