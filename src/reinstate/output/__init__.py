"""The output folder, the only writer: atomic writes, manifest, journal, fingerprints, clean."""
