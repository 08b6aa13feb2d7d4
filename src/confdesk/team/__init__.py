"""Team mode: who is working, what their roles allow, and the record of who changed what."""
