"""confdesk: the desk application of a conference secretariat."""

__version__ = "0.1.0"
