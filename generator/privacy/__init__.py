"""The privacy check before publishing: free texts may not hold anything that points at a person
(Wet kinderopvang, artikel 1.57b). One module per kind of detector; pure functions that return
Finding objects. No MkDocs here."""

from generator.privacy.apart import PrivacyCheckApart
from generator.privacy.finding import Finding
from generator.privacy.review import PrivacyNotReviewed, PrivacyReview, refuse_unreviewed, review_lines, review_privacy
from generator.privacy.scan import KeptScans, scan_dataset

__all__ = ["Finding", "KeptScans", "PrivacyCheckApart", "PrivacyNotReviewed", "PrivacyReview", "refuse_unreviewed", "review_lines", "review_privacy", "scan_dataset"]
