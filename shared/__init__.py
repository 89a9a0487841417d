"""Code every claimcheck service uses: domain model, schemas, settings, storage."""
