// TFRuntime: see DESIGN.md.
