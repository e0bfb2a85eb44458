"""Speaker resolution."""
