"""Team mode in the window: the Users dialog, actions enabled by the person's roles, History
panels, personal data and the live refresh."""
