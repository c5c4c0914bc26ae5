"""Next year's input as a workbook: `sjabloon` writes the workbook a complaints coordinator fills in
(its sheets: generator/dataset/layout.py; `check` reads it back through generator/dataset/), and
`nieuw-jaar` makes a year folder with it and a verslag.yaml to complete."""
