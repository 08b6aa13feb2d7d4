"""Team mode in the window: History panels, personal data, the live refresh."""
