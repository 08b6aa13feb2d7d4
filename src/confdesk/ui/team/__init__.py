"""Team mode in the window: the Users dialog and actions enabled by the person's roles."""
