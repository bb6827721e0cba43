package org.chatterie.agent.docker;

/**
 * A reason, in words, why one instance could not be brought to its spec in this pass. The pass
 * goes on with the other instances; the sentence is reported on the instance.
 */
class ReconcileFailure extends RuntimeException {

    ReconcileFailure(String sentence) {
        super(sentence, null, false, false);
    }
}
