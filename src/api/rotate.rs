//! Rotating a key over the documented endpoints, in two steps that the window and the command
//! line both take: one `POST /keys` for the replacement, then, once its secret is in the
//! user's hands, at most one `PUT` (switch off) or `DELETE` for the old key.
//!
//! Neither step is ever retried: a second create would make a second key.

use super::client::DocSpaceClient;
use super::error::ApiError;
use super::secret::NewKeySecret;
use super::wire::{CreateKeyRequest, UpdateKeyRequest};
use crate::domain::{ApiKey, OldKeyStep, Rotation};

impl DocSpaceClient {
    /// Step one: creates the replacement of `rotation`'s old key. On failure nothing has
    /// changed (unless the answer was lost: [`ApiError::CreateAnswerLost`]).
    pub async fn create_replacement(
        &self,
        rotation: &Rotation,
    ) -> Result<(ApiKey, NewKeySecret), ApiError> {
        let request = CreateKeyRequest {
            name: rotation.new_key.name.clone(),
            permissions: Some(rotation.new_key.permissions.clone()),
            expires_in_days: rotation.new_key.expires_in_days,
        };
        self.create_key(&request).await
    }

    /// Step two: switches off or deletes the old key, or leaves an expired one alone
    /// (without a request: the portal refuses to edit an expired key).
    pub async fn retire_old_key(&self, old_id: &str, step: OldKeyStep) -> Result<(), ApiError> {
        match step {
            OldKeyStep::SwitchOff => {
                let request = UpdateKeyRequest {
                    is_active: Some(false),
                    ..UpdateKeyRequest::default()
                };
                self.update_key(old_id, &request).await
            }
            OldKeyStep::Delete => self.delete_key(old_id).await,
            OldKeyStep::LeaveExpired => Ok(()),
        }
    }
}
