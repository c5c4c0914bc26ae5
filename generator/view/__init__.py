"""What the site and the PDF both show of a year, built once from its Dataset: the YearContext
(every figure, computed from the records), the model it is made of, the reconciliation with the
report's own figures, the page names (slugs) and the one factory of Jinja environments."""
