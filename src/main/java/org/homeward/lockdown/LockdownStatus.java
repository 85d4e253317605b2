package org.homeward.lockdown;

/** Where a lock-down stands: asked by one admin, in force once a second confirms, lifted by two. */
public enum LockdownStatus {
    AWAITING_CONFIRMATION,
    IN_FORCE,
    LIFT_REQUESTED,
    LIFTED
}
