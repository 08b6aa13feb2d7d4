"""The Floor screen: a session's speakers' list, the speaking timer and the room's projection."""
