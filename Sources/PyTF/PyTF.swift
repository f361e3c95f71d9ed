// PyTF: see DESIGN.md.
