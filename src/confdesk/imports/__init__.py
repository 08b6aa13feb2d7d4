"""Reading registrations from spreadsheets (XLSX, CSV) into the participant list."""
