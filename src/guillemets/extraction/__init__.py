"""Attribution extraction: quotes, cues, contents."""
