"""The event summary (what `confdesk stats` reports), shown by screens until they grow."""
