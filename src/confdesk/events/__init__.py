"""Events (a conference and its follow-up workshops) and their rooms."""
