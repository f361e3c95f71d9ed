// LessonKit: see DESIGN.md.
