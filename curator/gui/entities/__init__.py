"""The entity browser: the registry's institutions and figures in a window of their own.

`browser.EntityBrowser` composes the list (`entity_list`, over `entity_table_model`), the alias
proposals (`proposals`), the open entity's page (`entity_page`: names, `concordance`,
`month_chart`, company) and the commands (`entity_actions`, asking through `dialogs`).
"""
