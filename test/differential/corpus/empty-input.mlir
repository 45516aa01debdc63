// An input with comments only: an empty module.
