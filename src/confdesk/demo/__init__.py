"""The demo conference (Brussels 2014) and large synthetic events for benchmarks."""
