"""What other users did to an article since a version, as a refused change tells it
("孙贵坤 changed this article a moment ago: 2 tags added"). Plain data: the command line prints
its English, the window words it in the interface language."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleChanges:
    """Counts of what changed in one article; `status` is where its status ended, if it moved."""

    tags_added: int = 0
    tags_removed: int = 0
    tags_changed: int = 0  # another kind, or a reviewer's verdict
    suggestions_rejected: int = 0
    status: str | None = None
    details_edited: bool = False

    def __str__(self) -> str:
        parts = [f"{count} {noun}{'' if count == 1 else 's'} {verb}" for count, noun, verb in (
            (self.tags_added, "tag", "added"), (self.tags_removed, "tag", "removed"),
            (self.tags_changed, "tag", "changed"), (self.suggestions_rejected, "suggestion", "rejected"))
            if count]
        if self.status is not None:
            parts.append(f"status now {self.status}")
        if self.details_edited:
            parts.append("details edited")
        return ", ".join(parts) or "other changes"
