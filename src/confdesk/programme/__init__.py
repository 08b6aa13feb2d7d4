"""The programme: themes, sessions and who plays which role in them."""
