"""The authorisation matrix: every route, who gets through (`ok`), who is told the object does
not exist (`hidden`, 404); everyone else 403 (anonymous 401 unless said). Read by
tests/security/test_authorisation_matrix.py; a new route needs a row here."""

TABLE = {
    "PATCH /api/v1/houses/{house_id}": {"ok": "clerk clerk_other_street admin"},
    "GET /api/v1/admin/staff": {"ok": "admin"},
    "POST /api/v1/admin/staff": {"ok": "admin"},
    "POST /api/v1/admin/staff/{staff_id}/disable": {"hidden": "admin"},
    "POST /api/v1/admin/staff/{staff_id}/enable": {"hidden": "admin"},
    "POST /api/v1/admin/staff/{staff_id}/reset": {"hidden": "admin"},
    "POST /api/v1/auth/mfa": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/auth/mfa/enrolment": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/me/mfa/enrolment": {
        "ok": "clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/me/mfa/enrolment/confirm": {
        "ok": "clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/me/mfa/recovery-codes": {
        "ok": "clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/me/password": {
        "ok": "clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/applications/{application_id}/certificates": {
        "ok": "owner clerk planning housing tax survey registry supervisor admin",
        "hidden": "other_owner clerk_other_street supervisor_other_district",
    },
    "GET /api/v1/certificates/{certificate_id}": {
        "hidden": "owner other_owner clerk clerk_other_street planning housing tax survey registry supervisor supervisor_other_district admin"
    },
    "GET /api/v1/certificates/{certificate_id}/pdf": {
        "hidden": "owner other_owner clerk clerk_other_street planning housing tax survey registry supervisor supervisor_other_district admin"
    },
    "GET /api/v1/certificates/{certificate_id}/qr": {
        "hidden": "owner other_owner clerk clerk_other_street planning housing tax survey registry supervisor supervisor_other_district admin"
    },
    "GET /api/v1/estate-directory": {"ok": "owner other_owner"},
    "GET /api/v1/houses/{house_id}/owners-of-record": {
        "ok": "clerk admin",
        "hidden": "clerk_other_street",
    },
    "GET /api/v1/me/certificates": {"ok": "owner other_owner"},
    "GET /v/{token}": {
        "hidden": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/certificates/{certificate_id}/cancel": {"ok": "clerk clerk_other_street"},
    "POST /api/v1/certificates/{certificate_id}/replace": {"ok": "clerk clerk_other_street"},
    "POST /api/v1/houses/{house_id}/owners-of-record/{record_id}/bind": {
        "ok": "clerk clerk_other_street"
    },
    "POST /api/v1/me/binding-code": {"ok": "owner other_owner"},
    "POST /api/v1/me/houses/bind": {"ok": "owner other_owner"},
    "PUT /api/v1/houses/{house_id}/owners-of-record": {"ok": "clerk clerk_other_street admin"},
    # Public; in the matrix's fresh world no tree head is published yet, so everyone alike
    # gets 404 (no one 401/403 — what this table checks).
    "GET /api/v1/transparency/head": {
        "hidden": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/transparency/proof/consistency": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/transparency/proof/inclusion": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/transparency/public-key": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "DELETE /api/v1/admin/dead-letters/{entry_id}": {"hidden": "admin"},
    "DELETE /api/v1/admin/guides/{kind}/{key}": {
        "hidden": "supervisor supervisor_other_district admin"
    },
    "DELETE /api/v1/admin/workdays/{day}": {"hidden": "admin"},
    "DELETE /api/v1/me": {"ok": "owner other_owner"},
    "GET /api/v1/admin/broadcasts/{broadcast_id}": {
        "hidden": "supervisor supervisor_other_district admin"
    },
    "GET /api/v1/admin/dead-letters": {"ok": "admin"},
    "GET /api/v1/admin/guides": {"ok": "supervisor supervisor_other_district admin"},
    "GET /api/v1/admin/workdays/{year}": {"ok": "admin"},
    "GET /api/v1/application-types": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/applications": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/applications/{application_id}": {
        "ok": "owner clerk planning housing tax survey registry property_manager developer_rep supervisor admin",
        "hidden": "other_owner clerk_other_street supervisor_other_district",
    },
    "GET /api/v1/applications/{application_id}/fees": {
        "ok": "owner clerk planning housing tax survey registry property_manager developer_rep supervisor admin",
        "hidden": "other_owner clerk_other_street supervisor_other_district",
    },
    "GET /api/v1/applications/{application_id}/materials": {
        "ok": "owner clerk planning housing tax survey registry property_manager developer_rep supervisor admin",
        "hidden": "other_owner clerk_other_street supervisor_other_district",
    },
    "GET /api/v1/applications/{application_id}/notices": {
        "ok": "owner clerk planning housing tax survey registry supervisor",
        "hidden": "other_owner clerk_other_street supervisor_other_district",
    },
    "GET /api/v1/applications/{application_id}/rating-target": {
        "ok": "owner clerk",
        "hidden": "other_owner clerk_other_street",
    },
    "GET /api/v1/communities": {
        "ok": "clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/communities/{community_id}": {
        "ok": "clerk planning housing tax survey registry property_manager developer_rep supervisor admin",
        "hidden": "clerk_other_street supervisor_other_district",
    },
    "GET /api/v1/communities/{community_id}/houses": {
        "ok": "clerk planning housing tax survey registry property_manager developer_rep supervisor admin",
        "hidden": "clerk_other_street supervisor_other_district",
    },
    "GET /api/v1/companies": {"ok": "clerk clerk_other_street admin"},
    "GET /api/v1/feedback/cases": {
        "ok": "clerk clerk_other_street planning housing tax survey registry supervisor supervisor_other_district admin"
    },
    "GET /api/v1/feedback/figures": {
        "ok": "clerk clerk_other_street supervisor supervisor_other_district admin"
    },
    "GET /api/v1/feedback/star-ratings": {"ok": "supervisor supervisor_other_district admin"},
    "GET /api/v1/feedback/t/{code}": {"hidden": "owner other_owner"},
    "GET /api/v1/feedback/targets": {
        "ok": "clerk clerk_other_street supervisor supervisor_other_district admin"
    },
    "GET /api/v1/feedback/targets/{target_id}/{name}": {
        "hidden": "clerk clerk_other_street supervisor supervisor_other_district admin"
    },
    "GET /api/v1/fees/preview": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/files/{token}": {
        "ok": "owner",
        "hidden": "other_owner clerk clerk_other_street planning housing tax survey registry developer_rep",
    },
    "GET /api/v1/guides": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/guides/{kind}/{key}": {
        "hidden": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/houses/{house_id}": {
        "ok": "owner clerk planning housing tax survey registry property_manager developer_rep supervisor admin",
        "hidden": "other_owner clerk_other_street supervisor_other_district",
    },
    "GET /api/v1/identity/checks": {"ok": "owner other_owner"},
    "GET /api/v1/identity/checks/{check_id}": {"hidden": "owner other_owner"},
    "GET /api/v1/identity/checks/{check_id}/video-link": {
        "hidden": "owner other_owner clerk clerk_other_street"
    },
    "GET /api/v1/identity/consent": {"ok": "owner other_owner"},
    "GET /api/v1/identity/reviews": {"ok": "clerk clerk_other_street"},
    "GET /api/v1/identity/reviews/{check_id}": {"hidden": "clerk clerk_other_street"},
    "GET /api/v1/identity/status": {"ok": "owner other_owner"},
    "GET /api/v1/identity/videos/{token}": {"hidden": "owner other_owner clerk clerk_other_street"},
    "GET /api/v1/materials/{object_id}/link": {
        "ok": "owner clerk planning housing tax survey registry",
        "hidden": "other_owner clerk_other_street developer_rep",
    },
    "GET /api/v1/me": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/me/data-access": {"ok": "owner other_owner"},
    "GET /api/v1/me/houses": {"ok": "owner other_owner"},
    "GET /api/v1/me/messages": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/me/messages/unread-count": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/me/notification-settings": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/me/privacy-consent": {"ok": "owner other_owner"},
    "GET /api/v1/me/ratings": {"ok": "owner other_owner"},
    "GET /api/v1/me/subscriptions": {"ok": "owner other_owner"},
    "GET /api/v1/notices": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /api/v1/signatures/requests": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry supervisor supervisor_other_district"
    },
    "GET /api/v1/signatures/requests/{request_id}": {
        "hidden": "owner other_owner clerk clerk_other_street planning housing tax survey registry supervisor supervisor_other_district"
    },
    "GET /api/v1/signatures/requests/{request_id}/document": {
        "hidden": "owner other_owner clerk clerk_other_street planning housing tax survey registry supervisor supervisor_other_district"
    },
    "GET /api/v1/signatures/requests/{request_id}/evidence": {
        "hidden": "owner other_owner clerk clerk_other_street planning housing tax survey registry supervisor supervisor_other_district"
    },
    "GET /api/v1/stats/certificate-rate": {"ok": "supervisor supervisor_other_district admin"},
    "GET /api/v1/stats/disposal-progress": {"ok": "supervisor supervisor_other_district admin"},
    "GET /api/v1/stats/export": {"ok": "supervisor supervisor_other_district admin"},
    "GET /api/v1/stats/overdue-rate": {"ok": "supervisor supervisor_other_district admin"},
    "GET /api/v1/stats/overview": {"ok": "supervisor supervisor_other_district admin"},
    "GET /api/v1/stats/prereview-accuracy": {
        "ok": "clerk clerk_other_street supervisor supervisor_other_district admin"
    },
    "GET /api/v1/stats/processing-time": {"ok": "supervisor supervisor_other_district admin"},
    "GET /api/v1/stats/trend": {"ok": "supervisor supervisor_other_district admin"},
    "GET /api/v1/tickets/{ticket}": {
        "ok": "owner clerk planning housing tax survey registry property_manager developer_rep supervisor admin",
        "hidden": "other_owner clerk_other_street supervisor_other_district",
    },
    "GET /api/v1/work-queue": {
        "ok": "clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /healthz": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /metrics": {"anonymous": 403},  # only from the operators' network (ops/routes.py)
    "GET /q/{code}": {
        "hidden": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "GET /readyz": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "HEAD /api/v1/uploads/{upload_id}": {"hidden": "owner other_owner"},
    "PATCH /api/v1/application-types/{kind}/requirements/{code}": {"ok": "admin"},
    "PATCH /api/v1/applications/{application_id}": {
        "ok": "owner other_owner clerk clerk_other_street"
    },
    "PATCH /api/v1/communities/{community_id}": {
        "ok": "clerk admin",
        "hidden": "clerk_other_street",
    },
    "PATCH /api/v1/problems/{problem_id}": {"hidden": "clerk clerk_other_street admin"},
    "PATCH /api/v1/uploads/{upload_id}": {"ok": "owner other_owner"},
    "POST /api/v1/admin/broadcasts": {"ok": "supervisor supervisor_other_district admin"},
    "POST /api/v1/admin/dead-letters/{entry_id}/requeue": {"hidden": "admin"},
    "POST /api/v1/admin/guides/preview": {"ok": "supervisor supervisor_other_district admin"},
    "POST /api/v1/applications": {"ok": "owner other_owner clerk clerk_other_street"},
    "POST /api/v1/applications/{application_id}/accept": {
        "ok": "clerk",
        "hidden": "clerk_other_street",
    },
    "POST /api/v1/applications/{application_id}/area-confirmation": {
        "ok": "owner",
        "hidden": "other_owner",
    },
    "POST /api/v1/applications/{application_id}/commitments": {"ok": "owner other_owner"},
    "POST /api/v1/applications/{application_id}/deliver": {
        "ok": "clerk",
        "hidden": "clerk_other_street",
    },
    "POST /api/v1/applications/{application_id}/issue-certificate": {
        "ok": "clerk",
        "hidden": "clerk_other_street",
    },
    "POST /api/v1/applications/{application_id}/materials": {
        "ok": "owner clerk",
        "hidden": "other_owner clerk_other_street",
    },
    "POST /api/v1/applications/{application_id}/reject": {"ok": "clerk clerk_other_street"},
    "POST /api/v1/applications/{application_id}/return": {"ok": "clerk clerk_other_street"},
    "POST /api/v1/applications/{application_id}/steps/{step_id}/approve": {
        "hidden": "planning housing tax survey registry"
    },
    "POST /api/v1/applications/{application_id}/steps/{step_id}/reject": {
        "ok": "planning housing tax survey registry"
    },
    "POST /api/v1/applications/{application_id}/submit": {
        "ok": "owner clerk",
        "hidden": "other_owner clerk_other_street",
    },
    "POST /api/v1/applications/{application_id}/supplement-request": {
        "ok": "clerk clerk_other_street"
    },
    "POST /api/v1/applications/{application_id}/withdraw": {"ok": "owner", "hidden": "other_owner"},
    "POST /api/v1/auth/dev-login": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/auth/logout": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/auth/logout-all": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/auth/refresh": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/auth/staff-login": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/auth/wechat": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/communities": {"ok": "clerk clerk_other_street admin"},
    "POST /api/v1/communities/{community_id}/batch-applications": {
        "ok": "clerk clerk_other_street"
    },
    "POST /api/v1/communities/{community_id}/import": {
        "ok": "clerk admin",
        "hidden": "clerk_other_street",
    },
    "POST /api/v1/communities/{community_id}/problems": {"ok": "clerk clerk_other_street admin"},
    "POST /api/v1/companies": {"ok": "clerk clerk_other_street admin"},
    "POST /api/v1/feedback/cases/{case_id}/appeal": {
        "ok": "clerk clerk_other_street planning housing tax survey registry"
    },
    "POST /api/v1/feedback/cases/{case_id}/appeal/decision": {
        "ok": "supervisor supervisor_other_district"
    },
    "POST /api/v1/feedback/cases/{case_id}/rectify": {
        "ok": "clerk clerk_other_street supervisor supervisor_other_district"
    },
    "POST /api/v1/feedback/cases/{case_id}/visit": {
        "ok": "clerk clerk_other_street supervisor supervisor_other_district"
    },
    "POST /api/v1/feedback/t/{code}/ratings": {"ok": "owner other_owner"},
    "POST /api/v1/feedback/targets": {
        "ok": "clerk clerk_other_street supervisor supervisor_other_district admin"
    },
    "POST /api/v1/identity/checks": {"ok": "owner other_owner"},
    "POST /api/v1/identity/checks/{check_id}/refresh": {"hidden": "owner other_owner"},
    "POST /api/v1/identity/providers/faceid/callback": {
        "hidden": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/identity/reviews/{check_id}/decision": {"ok": "clerk clerk_other_street"},
    "POST /api/v1/me/messages/read-all": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/me/messages/{message_id}/read": {
        "hidden": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/me/phone": {"ok": "owner other_owner"},
    "POST /api/v1/me/privacy-consent": {"ok": "owner other_owner"},
    "POST /api/v1/me/privacy-consent/withdraw": {"ok": "owner other_owner"},
    "POST /api/v1/me/subscriptions": {"ok": "owner other_owner"},
    "POST /api/v1/milestones/{milestone_id}/done": {
        "hidden": "clerk clerk_other_street supervisor supervisor_other_district admin"
    },
    "POST /api/v1/post-checks/{task_id}/done": {"ok": "planning housing tax survey registry"},
    "POST /api/v1/signatures/requests": {"ok": "owner other_owner"},
    "POST /api/v1/signatures/requests/{request_id}/sign": {"ok": "owner other_owner"},
    "POST /api/v1/signatures/verify": {
        "ok": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "POST /api/v1/uploads": {"ok": "owner other_owner"},
    "POST /api/v1/uploads/{upload_id}": {"ok": "owner other_owner"},
    "POST /q/{code}": {
        "hidden": "anonymous owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
    "PUT /api/v1/admin/guides/{kind}/{key}": {"ok": "supervisor supervisor_other_district admin"},
    "PUT /api/v1/admin/workdays/{day}": {"ok": "admin"},
    "PUT /api/v1/communities/{community_id}/plan": {
        "ok": "clerk clerk_other_street supervisor supervisor_other_district admin"
    },
    "PUT /api/v1/me/notification-settings": {
        "ok": "owner other_owner clerk clerk_other_street planning housing tax survey registry property_manager developer_rep supervisor supervisor_other_district admin"
    },
}
