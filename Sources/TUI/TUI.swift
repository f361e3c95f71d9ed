// TUI: see DESIGN.md.
