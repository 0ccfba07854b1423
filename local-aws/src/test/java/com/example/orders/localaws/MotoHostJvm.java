package com.example.orders.localaws;

import java.util.concurrent.CountDownLatch;

/** A JVM that starts moto, prints moto's process id and waits to be killed. */
public final class MotoHostJvm {

    private MotoHostJvm() {}

    public static void main(String[] args) throws InterruptedException {
        MotoServer moto = MotoServer.start();
        System.out.println(moto.process().pid());
        new CountDownLatch(1).await();
    }
}
