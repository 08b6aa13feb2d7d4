"""The plenary: speakers' lists, seating, name plates, interpretation."""
