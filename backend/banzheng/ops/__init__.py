"""Operations: what administrators need to keep the service running (the dead-letter list)."""
