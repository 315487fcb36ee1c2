"""The pages shown in the main window's stack: one module per page, and the record-page base
(``record_page``) that the list-plus-form pages share."""
