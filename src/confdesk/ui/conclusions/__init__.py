"""The Conclusions screen: the chair's conclusions and other outcome documents."""
