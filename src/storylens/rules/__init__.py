"""Rule tables (data, not code) used by the cleaning and analysis stages."""
