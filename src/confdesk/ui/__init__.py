"""The desktop window: Qt widgets only, over the services of the other packages."""
