"""The Participants screen: registration, delegations, check-in."""
