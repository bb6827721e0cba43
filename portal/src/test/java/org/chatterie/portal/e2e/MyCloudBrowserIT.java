package org.chatterie.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.chatterie.portal.PortalTest;
import org.chatterie.portal.instances.InstanceRow;
import org.chatterie.portal.instances.InstanceStatus;
import org.junit.jupiter.api.Test;

/** The same real node, seen through a real browser: a member's "my cloud" and the admin's views. */
@PortalTest
class MyCloudBrowserIT extends RealNodeSupport {

    @Test
    void aMemberInstallsAnAppFromMyCloudAndSeesItBecomeReachable() throws Exception {
        String member = newMember();
        try (var browser = new org.chatterie.portal.Browser("http://localhost:" + port, "fr")) {
            browser.logIn(member, "a cloud of one's own");
            assertThat(browser.currentPath()).isEqualTo("/my-cloud");
            browser.waitForText("Test web app");
            browser.click("install-webapp");
            browser.waitForText("Installation lancée");
            // The page refreshes itself while the app is being created: no reload here.
            browser.waitForText("En service");
            assertThat(browser.text("status-webapp")).isEqualTo("En service");
            String address = browser.text("address-webapp");
            assertThat(address).startsWith("webapp-").endsWith(".cloud.test");
            browser.screenshot("04-my-cloud-app-running");
            assertThat(throughProxy(address).body()).contains("Hello from");

            for (String adminPage : new String[] {"/admin/instances", "/admin/nodes", "/admin/members", "/admin/audit"}) {
                browser.open(adminPage);
                assertThat(browser.pageText()).as(adminPage).doesNotContain(node.name()).doesNotContain("admin@chatterie.test");
            }
            browser.open("/my-cloud");
            browser.click("delete-webapp");
            browser.screenshot("05-delete-confirmation");
            browser.clickInOverlay("Supprimer");
            browser.waitForText("Aucune application installée");
        }
        assertThat(instances.instancesOf(member)).isEmpty();
    }

    @Test
    void anAdminSeesTheNodeOnlineAndEnrollsAnother() throws Exception {
        String member = newMember();
        try (var admin = new org.chatterie.portal.Browser("http://localhost:" + port, "en")) {
            admin.logIn("admin@chatterie.test", "correct horse battery staple");
            admin.open("/admin/nodes");
            admin.waitForText(node.name());
            assertThat(admin.text("nodes")).contains("Online");
            admin.click("enroll-node");
            admin.type("node-name", "second-node");
            admin.click("create-token");
            assertThat(admin.text("enroll-command")).startsWith("chatterie-agent enroll --portal ").contains("--token ");
            admin.screenshot("06-enroll-node");
            admin.click("close-enroll");

            admin.open("/admin/instances");
            admin.click("install-for-member");
            admin.type("install-member", "nobody@example.org");
            admin.chooseInSelect("install-app", "Test temporary files");
            admin.click("confirm-install");
            assertThat(admin.fieldError("install-member")).contains("no longer exists");
            admin.type("install-member", member);
            admin.click("confirm-install");
            admin.waitForText("tempfiles-");
            admin.screenshot("07-instances");
        }
        var installed = instances.instancesOf(member);
        assertThat(installed).extracting(InstanceRow::appId).containsExactly("tempfiles");
        awaitStatus(installed.get(0).id(), InstanceStatus.RUNNING);
        instances.delete(installed.get(0).id(), ADMIN, true);
    }
}
