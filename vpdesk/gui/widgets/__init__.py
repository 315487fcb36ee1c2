"""Small reusable widgets: form rows, the bar chart, the passphrase form."""
