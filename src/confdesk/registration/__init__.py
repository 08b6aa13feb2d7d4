"""Participants, their organisations and delegations, and the States they represent."""
