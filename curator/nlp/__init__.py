"""Segmentation, entity suggestion and evaluation."""
