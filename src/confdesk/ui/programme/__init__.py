"""The Programme screen: sessions, rooms, speakers."""
