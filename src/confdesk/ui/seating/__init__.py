"""The seating plan window: a room's plan drawn, seated by lot, adjusted by hand."""
