"""Small reusable widgets: form rows, rows and columns of widgets, file fields, the bar chart,
the passphrase form."""
